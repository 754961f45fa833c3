// An unknown gongkai.lang stops the goal before anything is read, naming the parameter.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('gongkai: 参数 lang（-Dgongkai.lang）有误：不认识的语言 `klingon`；可用 zh（中文）、en（English）或 auto（按系统语言）')
return true
