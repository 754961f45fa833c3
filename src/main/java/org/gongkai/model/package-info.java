/**
 * The immutable model every stage shares: the site's configuration, its columns and units, the
 * documents (reports and task lists) and the problems found along the way. Records, enums and
 * sealed interfaces only; collections are copied in; nothing here reads or writes files.
 */
package org.gongkai.model;
