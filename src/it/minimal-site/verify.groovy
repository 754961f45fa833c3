// The site was written with its pages, metadata and government meta tags.
def out = new File(basedir, 'site-output')
def notice = new File(out, 'tzgg/2023/notice.html')
assert notice.isFile() : 'the notice page is missing'
def html = notice.getText('UTF-8')
assert html.contains('<html lang="zh-CN">')
assert html.contains('<td class="meta-index">11330600002577014T/2023-000001</td>')
assert html.contains('<td class="meta-docnumber">测政办发〔2023〕1号</td>')
assert html.contains('<meta name="SiteIDCode" content="3306000001">')
assert html.contains('<meta name="PubDate" content="2023-03-02 10:30">')
assert html.contains('<link rel="canonical" href="https://www.it.gov.cn/tzgg/2023/notice.html">')
def tasks = new File(out, 'tzgg/2023/tasks.html').getText('UTF-8')
assert tasks.contains('id="task-1"')
assert tasks.contains('（牵头单位）')
assert new File(out, 'index.html').isFile()
assert new File(out, '404.html').isFile()
// -Dgongkai.lang=en: the log is English
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /gongkai: checked: 2 documents/
assert log =~ /gongkai: built .*site-output: 2 documents, \d+ pages \(\d+ files changed\), 0 errors, 0 warnings/
def sarif = new File(basedir, 'target/gongkai.sarif')
assert sarif.isFile() : 'the SARIF report was not written'
assert sarif.getText('UTF-8').contains('"version": "2.1.0"')
// the SARIF rule titles follow the language; the rule ids do not
assert sarif.getText('UTF-8').contains('"ruleId"') || sarif.getText('UTF-8').contains('"rules"')
return true
