package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gongkai.model.Lang;
import org.gongkai.model.Text;
import org.junit.jupiter.api.Test;

/** Texts kept in the build cache read back equal, so a cached run reports in any language. */
class TextCodecTest {

  @Test
  void aTextReadsBackEqualWithItsNestedTextsAndNumberTypes() {
    Text text = Text.of("source.field-says", Text.of("source.field", "written", "成文日期"),
        Text.of("source.date.unreal", "2023-02-30\t:1:2", Text.of("source.date.no-day",
            Text.of("source.month.2"), Text.of("source.day.th", 30))));
    List<Text> samples = List.of(text, Text.NONE, Text.literal("a:3:b\n\\ 🚀"),
        Text.list(List.of("a、b", Text.of("common.no-file"))),
        Text.of("common.count.errors", 3L), Text.of("common.count.errors", 3));
    for (Text t : samples) {
      Text back = TextCodec.decode(TextCodec.encode(t));
      assertEquals(t, back);
      assertEquals(t.in(Lang.ZH), back.in(Lang.ZH));
      assertEquals(t.in(Lang.EN), back.in(Lang.EN));
    }
    assertEquals("`written（成文日期）`：`2023-02-30\t:1:2` 不是实际存在的日期（2月没有30日）",
        TextCodec.decode(TextCodec.encode(text)).in(Lang.ZH));
  }

  @Test
  void somethingElseIsRefused() {
    assertThrows(RuntimeException.class, () -> TextCodec.decode("3:abc0:x"));
    assertThrows(RuntimeException.class, () -> TextCodec.decode("nonsense"));
  }
}
