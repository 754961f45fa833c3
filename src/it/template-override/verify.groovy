// A template in the site's templates/ overrides the bundled one of the same name; the others
// still come from the bundled theme.
def html = new File(basedir, 'site-output/tzgg/2023/notice.html').getText('UTF-8')
assert html.contains('<p class="site-banner">本站自定义模板</p>')
assert html.contains('class="document report site-theme"')
assert html.contains('<nav class="site-nav"') : 'layout.ftlh still comes from the bundled theme'
def listing = new File(basedir, 'site-output/tzgg/index.html').getText('UTF-8')
assert !listing.contains('本站自定义模板')
return true
