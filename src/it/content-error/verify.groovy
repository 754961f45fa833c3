// A content error fails the build with every located message in the log, and writes nothing.
// Without gongkai.lang (and without GONGKAI_LANG) the messages are Chinese; the severity word and
// the rule id stay English, as editors and CI log parsers expect.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] content/tzgg/bad.md:3:10: error: date-format: `written（成文日期）`：'
    + '`2023-13-45` 不是实际存在的日期（没有13月）')
assert log.contains('[ERROR] content/tzgg/bad.md:4:12: error: date-format: `published（发布日期）`：'
    + '`2023/11/01` 不是 YYYY-MM-DD 或 YYYY-MM-DD HH:mm 格式的日期')
assert log.contains('提示：请写成 `2023-11-01`')
assert log.contains('gongkai: 2 个内容错误（详见上面的消息）：')
assert !log.contains('is not a real date')
assert !new File(basedir, 'site-output').exists() : 'nothing may be written on error'
return true
