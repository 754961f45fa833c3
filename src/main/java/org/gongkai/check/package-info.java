/**
 * Content checks: each rule is one class with a stable id, registered in {@link
 * org.gongkai.check.Rules}; rules read the model and report {@link org.gongkai.model.Problem}s.
 */
package org.gongkai.check;
