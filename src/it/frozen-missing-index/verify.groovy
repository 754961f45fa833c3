// CI=true freezes the site: a document without an index number fails the build, no file changes.
// GONGKAI_LANG=en makes the goals speak English.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] content/tzgg/new.md: error: index-missing: this document has no 索引号')
assert log.contains('run `gongkai index assign` locally')
def original = new File(basedir, '../../../src/it/frozen-missing-index')
['content/tzgg/new.md', 'site.yaml', 'units.yaml', 'content/tzgg/_column.yaml'].each {
  assert new File(basedir, it).bytes == new File(original, it).bytes : "$it changed"
}
assert !new File(basedir, 'index-ledger.yaml').exists() : 'the ledger was written'
assert !new File(basedir, 'site-output').exists()
return true
