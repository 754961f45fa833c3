// Create the starter site exactly as a web team would: `gongkai init starter`.
def out = new StringWriter()
def err = new StringWriter()
int code = org.gongkai.cli.Main.run(['init', new File(basedir, 'starter').path] as String[],
    new PrintWriter(out), new PrintWriter(err), [:])
println out
println err
assert code == 0
assert new File(basedir, 'starter/pom.xml').text.contains('<version>${gongkai.version}</version>')
return true
