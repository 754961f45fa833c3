// A content error fails the build with every located message in the log, and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] content/tzgg/bad.md:3:10: error: date-format: written (成文日期)')
assert log.contains('[ERROR] content/tzgg/bad.md:4:12: error: date-format: published (发布日期)')
assert log.contains('write `2023-11-01`')
assert log.contains('gongkai: 2 content error(s)')
assert !new File(basedir, 'site-output').exists() : 'nothing may be written on error'
return true
