// gongkai:serve reads its own parameters (here gongkai.port) and refuses a port that cannot be,
// naming the parameter, before it builds or binds anything.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('gongkai: 参数 port（-Dgongkai.port）有误：端口只能是 0 到 65535 的整数，不能是 `99999`')
assert !new File(basedir, 'site-output').exists()
return true
