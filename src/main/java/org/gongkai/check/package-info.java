/**
 * The checks: each content rule is one class with a stable id and its source, registered in
 * {@link org.gongkai.check.Rules}; {@link org.gongkai.check.OutputChecks} inspects what a build
 * writes (links, the leak guard); {@link org.gongkai.check.RuleCatalogue} describes every rule id;
 * {@link org.gongkai.check.Reports} turns problems into text, JSON, SARIF and JUnit reports.
 */
package org.gongkai.check;
