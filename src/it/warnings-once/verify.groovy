// The check goal (validate) and the build goal (package) both find the site's one warning; the
// build goal does not print it again, it says how many it leaves out. The log is Chinese by
// default.
def log = new File(basedir, 'build.log').getText('UTF-8')
def warning = '[WARNING] content/tzgg/_column.yaml:8:1: warning: unknown-key: 栏目配置 _column.yaml：不认识的键 `colour`，已忽略'
assert log.count(warning) == 1 : "the warning is printed ${log.count(warning)} times:\n$log"
assert log.contains('提示：栏目配置 _column.yaml：可用的键见 docs/content-model.md')
assert log.contains('gongkai: 另有 1 条已在 check 中报告的问题')
assert log =~ /gongkai: 已检查：2 篇文档，\d+ 个页面，0 个错误，1 个警告，用时 /
// the summary still counts every problem of the build
assert log =~ /gongkai: 已构建 .*site-output：2 篇文档，\d+ 个页面（\d+ 个文件有变化），0 个错误，1 个警告，用时 /
assert new File(basedir, 'site-output/index.html').isFile()
return true
