<#-- data/catalog.json: every published document, newest first (docs/catalog.schema.json). -->
<#function s v><#return v?has_content?then(v?c, "null")></#function>
{
  "site": {"name": ${site.name?c}, "domain": ${site.domain?c}, "siteCode": ${site.siteCode?c}, "url": ${site.baseUrl?c}},
  "documentCount": ${content.documents?size?c},
  "documents": [
<#list content.documents as d>
    {
      "index": ${d.index?c},
      "title": ${d.title?c},
      "type": ${d.type?c},
      "publisher": ${d.publisher?c},
      "written": ${s(d.written)},
      "published": ${d.published?c},
      "publishedTime": ${d.publishedIso?c},
      "updated": ${s(d.updated)},
      "column": ${d.columnTitle?c},
      "columnPath": ${d.columnPath?c},
      "topic": ${d.topic?c},
      "docNumber": ${s(d.docNumber)},
      "series": ${s(d.series)},
      "period": ${s(d.period)},
      "url": ${link(d.path)?c},
      "data": <#if d.data??>{"json": ${link(d.data.json)?c}, "csv": ${link(d.data.csv)?c}}<#else>null</#if>
    }<#sep>,</#sep>
</#list>
  ]
}
