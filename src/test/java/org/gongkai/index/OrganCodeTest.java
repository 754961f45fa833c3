package org.gongkai.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"11330600002577014T", "11341702486344515H", "91350100M000100Y43"})
  void realCreditCodesPassTheCheck(String code) {
    assertTrue(OrganCode.isCreditCode(code));
    assertTrue(OrganCode.isValidCreditCode(code));
    assertEquals(Optional.of(code.charAt(17)), OrganCode.expectedCheck(code));
  }

  @Test
  void aChangedLastCharacterFailsAndTheExpectedOneIsKnown() {
    String changed = "11330600002577014X";
    assertFalse(OrganCode.isValidCreditCode(changed));
    assertEquals(Optional.of('T'), OrganCode.expectedCheck(changed));
  }

  @Test
  void aChangedBodyCharacterChangesTheCheck() {
    // one digit of the body changed: the old check character no longer fits
    assertFalse(OrganCode.isValidCreditCode("11330600002577015T"));
  }

  @Test
  void charactersOutsideTheAlphabetHaveNoCheckCharacter() {
    // I, O, S, V and Z are not used in 统一社会信用代码
    assertEquals(Optional.empty(), OrganCode.expectedCheck("1133060000257701OT"));
    assertFalse(OrganCode.isValidCreditCode("1133060000257701OT"));
    assertEquals(Optional.empty(), OrganCode.expectedCheck("913501000m000100Y4"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"001008006002001", "000014349", "01527918X", "0142768-8"})
  void otherOrganCodesAreNotCreditCodes(String code) {
    assertFalse(OrganCode.isCreditCode(code));
    assertFalse(OrganCode.isValidCreditCode(code));
  }

  @Test
  void nullIsNoCode() {
    assertFalse(OrganCode.isCreditCode(null));
    assertEquals(Optional.empty(), OrganCode.expectedCheck(null));
  }

  @Test
  void everyCheckCharacterIsInTheAlphabet() {
    String body = "1133060000257701";
    for (char c : OrganCode.ALPHABET.toCharArray()) {
      char check = OrganCode.expectedCheck(body + c).orElseThrow();
      assertTrue(OrganCode.ALPHABET.indexOf(check) >= 0);
      assertTrue(OrganCode.isValidCreditCode(body + c + check));
    }
  }
}
