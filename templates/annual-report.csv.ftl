<#-- An annual report's tables as CSV: UTF-8 with a byte order mark (written by gongkai), a header
     row with Chinese labels, then one row per figure, table by table in printed order; csvRow
     quotes every field (RFC 4180). -->
${csvRow(["表格", "行", "列", "数值", "单位", "表格键", "行键", "列键"])}<#list content.tables as t><#list t.rows as r><#list r.figures as f>${csvRow([t.title, r.path, f.path, f.value, f.unit, t.key, r.key, f.key])}</#list></#list></#list><#t>
