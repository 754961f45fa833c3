// Create the starter site exactly as a web team would, with its own codes:
// `gongkai init starter --organ-code … --site-code …` (without them the site would not build).
def out = new StringWriter()
def err = new StringWriter()
int code = org.gongkai.cli.Main.run(['init', new File(basedir, 'starter').path,
    '--organ-code', '11330600002577014T', '--site-code', '3306000001'] as String[],
    new PrintWriter(out), new PrintWriter(err), [:])
println out
println err
assert code == 0
assert new File(basedir, 'starter/pom.xml').text.contains('<version>${gongkai.version}</version>')
return true
