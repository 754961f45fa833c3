<#-- robots.txt: everything may be crawled; the sitemap is named with its absolute URL. -->
User-agent: *
Allow: /

Sitemap: ${link(content.sitemapPath)}
