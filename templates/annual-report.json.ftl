<#-- An annual report's tables as JSON (docs/annual-report.schema.json). Every string goes through
     ?c, which writes a JSON string literal; figures are plain decimal numbers; link() gives
     absolute URLs here. -->
<#function s v><#return v?has_content?then(v?c, "null")></#function>
<#function n v><#return v?has_content?then(v, "null")></#function>
<#assign d = content.document>
{
  "index": ${d.index?c},
  "title": ${d.title?c},
  "disclosure": ${d.disclosure?c},
  "publisher": ${d.publisher?c},
  "written": ${s(d.written)},
  "published": ${d.published?c},
  "updated": ${s(d.updated)},
  "topic": ${d.topic?c},
  "docNumber": ${s(d.docNumber)},
  "source": ${d.source?c},
  "column": ${d.columnTitle?c},
  "year": ${content.year?c},
  "organ": ${content.organ?c},
  "kind": ${content.kindKey?c},
  "urls": {
    "page": ${link(content.data.page)?c},
    "json": ${link(content.data.json)?c},
    "csv": ${link(content.data.csv)?c}
  },
  "tables": [
<#list content.tables as t>
    {
      "key": ${t.key?c},
      "table": ${t.number?c},
      "title": ${t.title?c},
      "rows": [
<#list t.rows as r>
        {"key": ${r.key?c}, "label": ${r.label?c}, "groups": [<#list r.groups as g>${g?c}<#sep>, </#list>], "figures": [<#list r.figures as f>{"key": ${f.key?c}, "label": ${f.label?c}, "group": ${s(f.group)}, "value": ${n(f.value)}, "unit": ${s(f.unit)}}<#sep>, </#list>]}<#sep>,</#sep>
</#list>
      ]
    }<#sep>,</#sep>
</#list>
  ]
}
