<#-- A task list's public content as JSON (docs/open-data.schema.json). Every string goes through
     ?c, which writes a JSON string literal; link() gives absolute URLs here. -->
<#function s v><#return v?has_content?then(v?c, "null")></#function>
<#assign d = content>
<#assign t = d.table>
<#assign sn = d.series!"">
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
  "series": ${s(d.data.series)},
  "period": ${s(d.data.period)},
  "comparedWith": <#if sn?has_content && sn.previousPeriod??>${sn.previousPeriod?c}<#else>null</#if>,
  "urls": {
    "page": ${link(d.data.page)?c},
    "json": ${link(d.data.json)?c},
    "csv": ${link(d.data.csv)?c},
    "history": <#if sn?has_content && sn.historyPath??>${link(sn.historyPath)?c}<#else>null</#if>
  },
  "headings": {
    "seq": ${t.headings.seq?c},
    "group": ${t.headings.group?c},
    "content": ${t.headings.content?c},
    "progress": ${t.headings.progress?c},
    "units": ${t.headings.units?c}
  },
  "taskCount": ${t.count?c},
  "tasks": [
<#list t.groups as g>
<#list g.rows as r>
    {
      "seq": ${r.seq?c},
      "id": ${s(r.id)},
      "group": <#if g.name??>${g.name?c}<#else>null</#if>,
      "content": ${r.content?join("\n")?c},
      "progress": <#if r.progress??>${r.progress?join("\n")?c}<#else>null</#if>,
      "withheld": <#if r.withheld??>{"scope": ${r.withheld.scope?c}, "reason": ${r.withheld.reason?c}, "basis": ${r.withheld.basis?c}}<#else>null</#if>,
      "status": ${s(r.status)},
      "units": [<#list r.units as u>{"name": ${u.name?c}, "lead": ${u.lead()?c}, "mark": ${u.mark?c}}<#sep>, </#list>],
      "leadUnits": [<#list r.units?filter(u -> u.lead()) as u>${u.name?c}<#sep>, </#list>],
      "assistingUnits": [<#list r.units?filter(u -> !u.lead()) as u>${u.name?c}<#sep>, </#list>],
      "change": ${s(r.changeKey)},
      "previousSeq": <#if r.previousSeq??>${r.previousSeq?c}<#else>null</#if>,
      "history": <#if r.historyPath??>${link(r.historyPath)?c}<#else>null</#if>
    }<#if g?has_next || r?has_next>,</#if>
</#list>
</#list>
  ],
  "removed": [
<#if sn?has_content>
<#list sn.removed as x>
    {"seq": ${x.seq?c}, "id": ${s(x.id)}, "period": ${x.period?c}, "content": ${x.content?c}, "history": <#if x.historyPath??>${link(x.historyPath)?c}<#else>null</#if>}<#sep>,</#sep>
</#list>
</#if>
  ]
}
