package org.gongkai.check;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.ContentKey;
import org.gongkai.model.Problem;

/** The registry: every content rule, in the order they run. */
public final class Rules {

  private Rules() {}

  public static final List<Rule> ALL = List.of(
      new IndexPatternRule(),
      new OrganCodeRule(),
      new IdentityRule(),
      new IdentityMissingRule(),
      new IndexFormatRule(),
      new DocNumberRule(),
      new TopicRule(),
      new PublisherRule(),
      new PersonalDataRule(PersonalData.Kind.ID),
      new PersonalDataRule(PersonalData.Kind.MOBILE),
      new PersonalDataRule(PersonalData.Kind.BANK_CARD),
      new InjectionTermRule(),
      new InjectionShapeRule(),
      new HiddenCharacterRule(),
      new HtmlCommentRule(),
      new LinkDomainRule(),
      new WithheldElsewhereRule(),
      new ColumnEmptyRule(),
      new ColumnStaleRule(),
      new HomeStaleRule(),
      new ForgedDateRule(),
      new LateDisclosureRule(),
      new ScheduledRule(),
      new UnitUnknownRule(),
      new UnitRunTogetherRule(),
      new AnnualSectionRule(),
      new AnnualFigureRule(),
      new AnnualRowTotalRule(),
      new AnnualResultsTotalRule(),
      new AnnualBalanceRule(),
      new AnnualAppealTotalRule(),
      new AnnualDuplicateRule(),
      new AnnualCarryOverRule(),
      new AnnualNarrativeRule(),
      new AnnualLateRule());

  /**
   * The rules about index numbers and the identity they are made of, which alone may stop
   * `gongkai index assign`.
   */
  public static final List<Rule> INDEX = ALL.stream()
      .filter(r -> r.id().startsWith("index") || r.id().equals("organ-code")
          || r.id().equals(IdentityRule.ID)).toList();

  /** Runs every rule. */
  public static void runAll(CheckContext context, Consumer<Problem> problems) {
    run(ALL, context, problems);
  }

  /**
   * Runs the given rules. The rules that read texts share one walk over the published texts of
   * the site's settings ({@link ConfigTexts}) and of the published documents, in parallel;
   * problems reach {@code problems} in document order, from this thread.
   */
  public static void run(List<Rule> rules, CheckContext context, Consumer<Problem> problems) {
    run(rules, context, problems, Findings.NONE);
  }

  /**
   * Runs the given rules, taking each document's text-rule findings from {@code findings} when
   * it knows them (and telling it the new ones).
   */
  public static void run(
      List<Rule> rules, CheckContext context, Consumer<Problem> problems, Findings findings) {
    List<TextRule> textRules = new java.util.ArrayList<>();
    for (Rule rule : rules) {
      if (rule.reads().stream().anyMatch(context.site()::failed)) {
        continue; // what it judges by could not be read: that error is the finding
      }
      if (rule instanceof TextRule t) {
        textRules.add(t);
      } else {
        rule.check(context, problems);
      }
    }
    if (textRules.isEmpty()) {
      return;
    }
    for (DocumentTexts.Text text : ConfigTexts.of(context.site())) {
      for (TextRule rule : textRules) {
        rule.checkText(context, null, text, problems);
      }
    }
    String settings = settingsKey(textRules, context);
    context.site().documents().parallelStream()
        .filter(doc -> doc.meta().isPublicAt(context.now()))
        .map(doc -> {
          Optional<List<Problem>> known = findings.get(doc, settings);
          if (known.isPresent()) {
            return known.get();
          }
          List<Problem> found = new java.util.ArrayList<>();
          for (DocumentTexts.Text text : DocumentTexts.of(doc)) {
            for (TextRule rule : textRules) {
              rule.checkText(context, doc, text, found::add);
            }
          }
          findings.put(doc, settings, List.copyOf(found));
          return found;
        })
        .toList()
        .forEach(found -> found.forEach(problems));
  }

  /**
   * Everything besides a document's own file that the text rules read: which rules, the site's
   * check settings, its domain and address, its units (names a text may use), and the day (an ID
   * number's birth date must be past). No text rule reads whether the run publishes.
   */
  static String settingsKey(List<TextRule> rules, CheckContext context) {
    ContentKey key = new ContentKey();
    rules.forEach(r -> key.add(r.id()));
    org.gongkai.model.SiteConfig config = context.site().config();
    return key.add(config.checks().toString()).add(config.domain()).add(config.baseUrl())
        .add(context.site().units().toString())
        .add(context.now().toLocalDate().toString()).toString();
  }
}
