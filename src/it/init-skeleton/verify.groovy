// The starter site builds at once: check and build ran from its own pom.xml.
def out = new File(basedir, 'starter/site-output')
assert new File(out, 'index.html').isFile()
assert new File(out, 'zdgz/index.html').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /gongkai: 已构建 .*starter.site-output：2 篇文档/
assert new File(basedir, 'starter/.gitignore').text.contains('site-output/')
assert new File(basedir, 'starter/.gitignore').text.contains('target/')
assert new File(basedir, 'starter/README.md').isFile()
return true
