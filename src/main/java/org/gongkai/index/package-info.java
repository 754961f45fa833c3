/**
 * 索引号 (index numbers): the pattern they are formed by, organ-code check characters, and the
 * ledger that issues each number once and never again.
 */
package org.gongkai.index;
