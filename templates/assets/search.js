/* 站内搜索 (site search) without a server: reads the static index that gongkai writes under
   search/ (format: docs/search-index.md) and finds every published document whose public text
   contains the query as a substring. Only the search page loads this file.

   The index holds positional postings of character bigrams: a query of n characters needs the
   postings of about n/2 bigrams, read with HTTP range requests, and the positions prove that the
   bigrams stand side by side, so there are no false hits and none is missed. Results are ranked by
   where they matched (title, then 文号/索引号, then the text) and then newest first, which is the
   order of the documents' numbers. */
(function () {
  "use strict";

  var FORMAT = 1;
  var PAGE_SIZE = 10;
  var TITLE = 1;
  var NUMBER = 2;
  var SNIPPET_CONTEXT = 40;
  var KIND_LABELS = {
    m: "发布机构", b: "", g: "分块", c: "任务", p: "进展", u: "责任单位", a: "附件", h: "更新说明"
  };

  /* Normalisation: the same as org.gongkai.search.SearchText.fold, code unit for code unit
     (SearchRecallIT compares the two on every UTF-16 code unit). */
  function fold(c) {
    if (c <= 0x20 || c >= 0x7f && c <= 0xa0 || c === 0xad || c === 0x1680 || c === 0x180e
        || c >= 0x2000 && c <= 0x200f || c >= 0x2028 && c <= 0x202f
        || c >= 0x205f && c <= 0x206f || c === 0x3000 || c === 0xfeff) {
      return -1;
    }
    if (c >= 0xff01 && c <= 0xff5e) { c -= 0xfee0; }
    if (c >= 0x41 && c <= 0x5a) { return c + 0x20; }
    switch (c) {
      case 0x5b: case 0x3010: case 0x3014: case 0x3016: case 0x3018: case 0xfe59: case 0xfe5d:
        return 0x28;
      case 0x5d: case 0x3011: case 0x3015: case 0x3017: case 0x3019: case 0xfe5a: case 0xfe5e:
        return 0x29;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      case 0x2e3a: case 0x2e3b: case 0xfe58: case 0xfe63:
        return 0x2d;
      case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x300c: case 0x300d: case 0x300e:
      case 0x300f: case 0x301d: case 0x301e: case 0x301f:
        return 0x22;
      case 0x2018: case 0x2019: case 0x201a: case 0x201b:
        return 0x27;
      case 0x2022: case 0x2027: case 0x30fb: case 0xff65:
        return 0xb7;
      case 0x25cb:
        return 0x3007;
      case 0x301c:
        return 0x7e;
      default:
        return c;
    }
  }

  /* The normalised text and, for each of its code units, where it came from in the original. */
  function normalizeWithMap(text) {
    var units = [];
    var from = [];
    for (var i = 0; i < text.length; i++) {
      var c = fold(text.charCodeAt(i));
      if (c >= 0) {
        units.push(c);
        from.push(i);
      }
    }
    var out = "";
    for (var k = 0; k < units.length; k += 4096) {
      out += String.fromCharCode.apply(null, units.slice(k, k + 4096));
    }
    return { text: out, from: from };
  }

  function normalize(text) {
    return normalizeWithMap(text).text;
  }

  /* An unsigned LEB128 varint reader (numbers up to 2^53). */
  function Reader(bytes, at) {
    this.bytes = bytes;
    this.at = at || 0;
  }
  Reader.prototype.next = function () {
    var value = 0;
    var scale = 1;
    var b;
    do {
      b = this.bytes[this.at++];
      value += (b & 0x7f) * scale;
      scale *= 128;
    } while (b & 0x80);
    return value;
  };

  function failure(url, status) {
    var e = new Error(url + ": HTTP " + status);
    e.status = status;
    return e;
  }

  /* The index files, read over HTTP: whole files, or byte ranges of them. A server that ignores
     Range headers answers with the whole file, which is then kept and sliced. */
  function Files(base) {
    this.base = base;
    this.whole = new Map();
    this.version = "";
  }
  /* Every file but the manifest is asked for with the manifest's version, so that a browser
     never mixes files of two builds from its cache; the manifest itself is always revalidated. */
  Files.prototype.url = function (path) {
    var url = new URL(path, this.base);
    if (this.version) { url.searchParams.set("v", this.version); }
    return url.href;
  };
  Files.prototype.readBytes = function (path) {
    var self = this;
    if (!self.whole.has(path)) {
      self.whole.set(path, fetch(self.url(path)).then(function (r) {
        if (!r.ok) { throw failure(path, r.status); }
        return r.arrayBuffer();
      }).then(function (buffer) { return new Uint8Array(buffer); }));
    }
    return self.whole.get(path);
  };
  Files.prototype.readRange = function (path, start, end) {
    var self = this;
    if (end <= start) { return Promise.resolve(new Uint8Array(0)); }
    if (self.whole.has(path)) {
      return self.whole.get(path).then(function (all) { return all.subarray(start, end); });
    }
    return fetch(self.url(path), { headers: { Range: "bytes=" + start + "-" + (end - 1) } })
      .then(function (r) {
        if (r.status === 206) {
          return r.arrayBuffer().then(function (b) { return new Uint8Array(b); });
        }
        if (r.status === 200) {
          var all = r.arrayBuffer().then(function (b) { return new Uint8Array(b); });
          self.whole.set(path, all);
          return all.then(function (bytes) { return bytes.subarray(start, end); });
        }
        throw failure(path, r.status);
      });
  };

  function ascii(bytes) {
    var out = "";
    for (var i = 0; i < bytes.length; i++) { out += String.fromCharCode(bytes[i]); }
    return out;
  }

  function indexOfBytes(bytes, pattern, from) {
    outer: for (var i = from; i <= bytes.length - pattern.length; i++) {
      for (var k = 0; k < pattern.length; k++) {
        if (bytes[i + k] !== pattern[k]) { continue outer; }
      }
      return i;
    }
    return -1;
  }

  /* The parts of a multipart/byteranges body: [{start, end, bytes}], end exclusive. */
  function multipartParts(bytes, boundary) {
    var marker = new TextEncoder().encode("--" + boundary);
    var blank = new Uint8Array([13, 10, 13, 10]);
    var parts = [];
    var at = indexOfBytes(bytes, marker, 0);
    while (at >= 0 && bytes[at + marker.length] !== 45) {
      var headersEnd = indexOfBytes(bytes, blank, at);
      if (headersEnd < 0) { break; }
      var range = /content-range:\s*bytes\s+(\d+)-(\d+)\//i
        .exec(ascii(bytes.subarray(at, headersEnd)));
      if (!range) { break; }
      var start = Number(range[1]);
      var end = Number(range[2]) + 1;
      var data = headersEnd + 4;
      parts.push({ start: start, end: end, bytes: bytes.subarray(data, data + end - start) });
      at = indexOfBytes(bytes, marker, data + end - start);
    }
    return parts;
  }

  /* Several byte ranges of one file, [[start, end], …] with end exclusive, in one request: the
     server answers with their parts (multipart/byteranges), with one range covering them all, or
     with the whole file; otherwise they are read one by one. */
  Files.prototype.readRanges = function (path, ranges) {
    var self = this;
    if (ranges.length === 1 || self.whole.has(path)) {
      return Promise.all(ranges.map(function (r) { return self.readRange(path, r[0], r[1]); }));
    }
    var header = "bytes=" + ranges.map(function (r) { return r[0] + "-" + (r[1] - 1); }).join(",");
    return fetch(self.url(path), { headers: { Range: header } }).then(function (r) {
      if (r.status === 200) {
        var all = r.arrayBuffer().then(function (b) { return new Uint8Array(b); });
        self.whole.set(path, all);
        return all.then(function (bytes) {
          return ranges.map(function (q) { return bytes.subarray(q[0], q[1]); });
        });
      }
      if (r.status !== 206) { throw failure(path, r.status); }
      var type = r.headers.get("Content-Type") || "";
      var single = /bytes\s+(\d+)-(\d+)\//.exec(r.headers.get("Content-Range") || "");
      return r.arrayBuffer().then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        var boundary = /boundary="?([^";]+)"?/i.exec(type);
        var parts = boundary ? multipartParts(bytes, boundary[1]) : single
          ? [{ start: Number(single[1]), end: Number(single[2]) + 1, bytes: bytes }] : [];
        var found = ranges.map(function (q) {
          var part = parts.filter(function (p) { return p.start <= q[0] && q[1] <= p.end; })[0];
          return part ? part.bytes.subarray(q[0] - part.start, q[1] - part.start) : null;
        });
        if (found.every(function (f) { return f !== null; })) { return found; }
        return Promise.all(ranges.map(function (q) { return self.readRange(path, q[0], q[1]); }));
      });
    });
  };

  /* The search engine over one site's index. */
  function Engine(base) {
    this.files = new Files(base);
    this.dirs = new Map();
    this.lists = new Map();
    this.facets = new Map();
    this.records = new Map();
    this.texts = new Map();
    this.manifest = null;
  }

  Engine.prototype.load = function () {
    var self = this;
    if (!self.loading) {
      self.loading = fetch(self.files.url("manifest.json"), { cache: "no-cache" })
        .then(function (r) {
          if (!r.ok) { throw failure("manifest.json", r.status); }
          return r.json();
        }).then(function (m) {
          if (m.format !== FORMAT) {
            throw new Error("search index format " + m.format + ", expected " + FORMAT);
          }
          self.manifest = m;
          self.files.version = m.version;
          return m;
        });
    }
    return self.loading;
  };

  /* The shard of a bigram: org.gongkai.search.SearchIndex.shard. */
  Engine.prototype.shardOf = function (key) {
    return Math.imul(key, 0x9e3779b1 | 0) >>> (32 - this.manifest.shardBits);
  };

  /* A shard's directory: bigram (unsigned) → where its two parts are in post/N.bin. */
  Engine.prototype.directory = function (shard) {
    var self = this;
    if (!self.dirs.has(shard)) {
      self.dirs.set(shard, self.files.readBytes("dir/" + shard + ".bin").then(function (bytes) {
        var r = new Reader(bytes);
        var n = r.next();
        var map = new Map();
        var key = 0;
        var offset = 0;
        for (var i = 0; i < n; i++) {
          key += r.next();
          var documents = r.next();
          var positions = r.next();
          map.set(key, { offset: offset, documents: documents, positions: positions });
          offset += documents + positions;
        }
        return map;
      }));
    }
    return self.dirs.get(shard);
  };

  /* A bigram's posting list: per document its number, fields, the starts of its numbers and
     other text (when it occurs in the title or numbers) and its positions. Null when no
     document has the bigram. */
  Engine.prototype.postings = function (a, b) {
    var self = this;
    var key = (a << 16 | b) >>> 0;
    if (self.lists.has(key)) { return self.lists.get(key); }
    var shard = self.shardOf(a << 16 | b);
    var read = self.directory(shard).then(function (dir) {
      var entry = dir.get(key);
      if (!entry) { return null; }
      var end = entry.offset + entry.documents + entry.positions;
      return self.files.readRange("post/" + shard + ".bin", entry.offset, end)
        .then(function (bytes) { return decodePostings(bytes, entry.documents); });
    });
    self.lists.set(key, read);
    return read;
  };

  function decodePostings(bytes, documentsLength) {
    var r = new Reader(bytes);
    var n = r.next();
    var docs = new Array(n);
    var id = 0;
    for (var i = 0; i < n; i++) {
      id += r.next();
      var packed = r.next();
      var d = { id: id, count: Math.floor(packed / 8), fields: packed % 8,
        numberBase: -1, bodyBase: -1, positions: null };
      if (d.fields & (TITLE | NUMBER)) {
        d.numberBase = r.next();
        d.bodyBase = r.next();
      }
      docs[i] = d;
    }
    var p = new Reader(bytes, documentsLength);
    for (var k = 0; k < n; k++) {
      var list = new Array(docs[k].count);
      var at = 0;
      for (var j = 0; j < list.length; j++) {
        at += p.next();
        list[j] = at;
      }
      docs[k].positions = list;
    }
    return docs;
  }

  /* The numbers of the documents of a filter value (facets/column-N.bin, publisher-N.bin). */
  Engine.prototype.facet = function (name) {
    var self = this;
    if (!self.facets.has(name)) {
      self.facets.set(name, self.files.readBytes("facets/" + name + ".bin").then(function (b) {
        var r = new Reader(b);
        var n = r.next();
        var ids = new Set();
        var id = 0;
        for (var i = 0; i < n; i++) {
          id += r.next();
          ids.add(id);
        }
        return ids;
      }));
    }
    return self.facets.get(name);
  };

  /* The offsets of the bigrams a query needs: every other one, and the last, so that together
     they cover every character. */
  function cover(length) {
    var offsets = [];
    for (var i = 0; i + 1 < length; i += 2) { offsets.push(i); }
    if (offsets[offsets.length - 1] !== length - 2) { offsets.push(length - 2); }
    return offsets;
  }

  /* Finds the documents containing a query. Returns {query, text (normalised), tooShort, hits,
     total}: hits sorted by tier (0 title, 1 文号/索引号, 2 text) and then newest first, each
     {id, tier, matches}. filters: {column, year, publisher}, each a manifest key or "". */
  Engine.prototype.find = function (query, filters) {
    var self = this;
    var text = normalize(query || "");
    filters = filters || {};
    return self.load().then(function (manifest) {
      if (text.length < 2) {
        return { query: query, text: text, tooShort: true, hits: [], total: 0 };
      }
      var offsets = cover(text.length);
      var reads = offsets.map(function (o) {
        return self.postings(text.charCodeAt(o), text.charCodeAt(o + 1));
      });
      return Promise.all([Promise.all(reads), self.filterSets(manifest, filters)])
        .then(function (found) {
          var lists = found[0];
          var allowed = found[1];
          var hits = lists.some(function (l) { return l === null; }) ? []
            : match(lists, offsets);
          hits = hits.filter(function (h) { return allowed(h.id); });
          hits.sort(function (x, y) { return x.tier - y.tier || y.id - x.id; });
          return { query: query, text: text, tooShort: false, hits: hits, total: hits.length };
        });
    });
  };

  /* A test of a document number against the filters. */
  Engine.prototype.filterSets = function (manifest, filters) {
    var self = this;
    var tests = [];
    var year = manifest.years.filter(function (y) { return String(y[0]) === filters.year; })[0];
    if (filters.year) {
      tests.push(Promise.resolve(function (id) {
        return year !== undefined && id >= year[2] && id < year[3];
      }));
    }
    [["column", manifest.columns], ["publisher", manifest.publishers]].forEach(function (f) {
      var value = filters[f[0]];
      if (!value) { return; }
      var index = f[1].findIndex(function (entry) { return entry[0] === value; });
      tests.push(index < 0 ? Promise.resolve(function () { return false; })
        : self.facet(f[0] + "-" + index).then(function (ids) {
          return function (id) { return ids.has(id); };
        }));
    });
    return Promise.all(tests).then(function (all) {
      return function (id) { return all.every(function (t) { return t(id); }); };
    });
  };

  /* The documents in every list whose bigrams stand at the query's offsets. */
  function match(lists, offsets) {
    var order = lists.map(function (_, i) { return i; })
      .sort(function (x, y) { return lists[x].length - lists[y].length; });
    var byId = lists.map(function (list) {
      var m = new Map();
      list.forEach(function (d) { m.set(d.id, d); });
      return m;
    });
    var hits = [];
    lists[order[0]].forEach(function (candidate) {
      var entries = [];
      for (var i = 0; i < lists.length; i++) {
        var e = byId[i].get(candidate.id);
        if (!e) { return; }
        entries.push(e);
      }
      var first = entries[0];
      var others = entries.slice(1).map(function (e) { return new Set(e.positions); });
      var tier = 3;
      var matches = 0;
      var at;
      first.positions.forEach(function (p) {
        for (var k = 1; k < offsets.length; k++) {
          if (!others[k - 1].has(p + offsets[k])) { return; }
        }
        matches++;
        var t = first.bodyBase < 0 || p >= first.bodyBase ? 2 : p >= first.numberBase ? 1 : 0;
        if (t < tier) { tier = t; }
        if (t === 2 && at === undefined) { at = p; }
      });
      if (matches > 0) {
        hits.push({ id: candidate.id, tier: tier, matches: matches, first: at });
      }
    });
    return hits;
  }

  /* Where each document of a text file is (records/N.bin): number → {offset, length, header,
     sync: [[byte, position], …]}, bytes relative to the document's first. */
  Engine.prototype.recordsOf = function (bucket) {
    var self = this;
    if (!self.records.has(bucket)) {
      self.records.set(bucket, self.files.readBytes("records/" + bucket + ".bin")
        .then(function (bytes) {
          var r = new Reader(bytes);
          var offset = r.next();
          var n = r.next();
          var m = new Map();
          var id = 0;
          for (var i = 0; i < n; i++) {
            id += r.next();
            var record = { offset: offset, length: r.next(), header: r.next(), sync: [] };
            var points = r.next();
            var at = 0;
            var position = 0;
            for (var k = 0; k < points; k++) {
              at += r.next();
              position += r.next();
              record.sync.push([at, position]);
            }
            m.set(id, record);
            offset += record.length;
          }
          return m;
        }));
    }
    return self.records.get(bucket);
  };

  function lines(bytes) {
    return new TextDecoder("utf-8").decode(bytes).split("\n")
      .filter(function (line) { return line.length > 0; })
      .map(function (line) { return JSON.parse(line.replace(/,$/, "")); });
  }

  /* A document from its header line and some of its segment lines: {id, title, path, index,
     docNumber, column, publisher, date, segments: [{kind, text, anchor, seq}], complete}. */
  function parseRecord(header, body, complete) {
    var h = lines(header)[0];
    return {
      id: h[0], title: h[1], path: h[2], index: h[3], docNumber: h[4], column: h[5],
      publisher: h[6], date: h[7], complete: complete,
      segments: lines(body).map(function (s) {
        return { kind: s[0], text: s[1], anchor: s[2] || "", seq: s[3] || 0 };
      })
    };
  }

  /* The part of a record a hit needs, bytes relative to the record: its header line, and for a
     match in the text the lines from the sync point before the first match to the one after. */
  function partFor(hit, record) {
    if (hit.tier < 2 || hit.first === undefined || !record.sync.length) {
      var all = hit.tier < 2 ? record.header : record.length;
      return { from: record.header, to: all };
    }
    var k = 0;
    while (k + 1 < record.sync.length && record.sync[k + 1][1] <= hit.first) { k++; }
    return { from: record.sync[k][0],
      to: k + 1 < record.sync.length ? record.sync[k + 1][0] : record.length };
  }

  /* Reads the records of some hits: one request per text file, byte ranges per hit. Returns
     number → {doc, record}. */
  Engine.prototype.recordsFor = function (hits) {
    var self = this;
    var byBucket = new Map();
    hits.forEach(function (h) {
      var bucket = Math.floor(h.id / Math.pow(2, self.manifest.bucketBits));
      if (!byBucket.has(bucket)) { byBucket.set(bucket, []); }
      byBucket.get(bucket).push(h);
    });
    var docs = new Map();
    return Promise.all(Array.from(byBucket.keys()).map(function (bucket) {
      return self.recordsOf(bucket).then(function (records) {
        var wanted = [];
        var ranges = [];
        byBucket.get(bucket).forEach(function (h) {
          var record = records.get(h.id);
          if (!record) { throw new Error("document " + h.id + " is not in records/" + bucket); }
          var part = partFor(h, record);
          var key = h.id + ":" + part.from + "-" + part.to;
          if (self.texts.has(key)) {
            docs.set(h.id, self.texts.get(key));
            return;
          }
          var o = record.offset;
          wanted.push({ id: h.id, key: key, record: record, part: part });
          if (part.from === record.header) {
            ranges.push([o, o + part.to]);
          } else {
            ranges.push([o, o + record.header], [o + part.from, o + part.to]);
          }
        });
        if (!ranges.length) { return null; }
        return self.files.readRanges("text/" + bucket + ".json", ranges).then(function (got) {
          var i = 0;
          wanted.forEach(function (w) {
            var header;
            var body;
            if (w.part.from === w.record.header) {
              var all = got[i++];
              header = all.subarray(0, w.record.header);
              body = all.subarray(w.record.header);
            } else {
              header = got[i++];
              body = got[i++];
            }
            var complete = w.part.from === w.record.header && w.part.to === w.record.length;
            var entry = { doc: parseRecord(header, body, complete), record: w.record,
              bucket: bucket };
            self.texts.set(w.key, entry);
            docs.set(w.id, entry);
          });
        });
      });
    })).then(function () { return docs; });
  };

  /* Where a normalised query occurs in a text: [[start, end], …] in the original text. */
  function occurrences(text, query) {
    var n = normalizeWithMap(text);
    var out = [];
    var at = n.text.indexOf(query);
    while (at >= 0) {
      var end = at + query.length - 1;
      out.push([n.from[at], n.from[end] + 1]);
      at = n.text.indexOf(query, at + 1);
    }
    return out;
  }

  function describe(hit, doc, query) {
    var segments = [];
    var tasks = [];
    doc.segments.forEach(function (s) {
      var found = occurrences(s.text, query);
      if (!found.length) { return; }
      segments.push({ segment: s, found: found });
      if (s.anchor && tasks.every(function (t) { return t.anchor !== s.anchor; })) {
        tasks.push({ anchor: s.anchor, seq: s.seq });
      }
    });
    return {
      hit: hit, doc: doc,
      title: occurrences(doc.title, query),
      index: occurrences(doc.index, query),
      docNumber: occurrences(doc.docNumber, query),
      segments: segments, tasks: tasks,
      /* more matches than the part of the record read shows */
      more: !doc.complete
    };
  }

  /* What the results page shows of some hits (in their order): the record, the parts of the
     title and numbers that match, the matching segments and the tasks they belong to. A record
     read in part whose part shows no match is read again whole (it cannot happen unless the
     index is damaged, but then the page still shows the result). */
  Engine.prototype.describe = function (hits, query) {
    var self = this;
    return self.recordsFor(hits).then(function (docs) {
      return Promise.all(hits.map(function (h) {
        var got = docs.get(h.id);
        var d = describe(h, got.doc, query);
        if (got.doc.complete || d.title.length || d.index.length || d.docNumber.length
            || d.segments.length) {
          return d;
        }
        var r = got.record;
        return self.files.readRange("text/" + got.bucket + ".json", r.offset,
          r.offset + r.length).then(function (bytes) {
          var doc = parseRecord(bytes.subarray(0, r.header), bytes.subarray(r.header), true);
          return describe(h, doc, query);
        });
      }));
    });
  };

  /* One hit's details (see describe). */
  Engine.prototype.details = function (hit, query) {
    return this.describe([hit], query).then(function (all) { return all[0]; });
  };

  /* ---- The search page ---- */

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  /* Appends text with the given ranges wrapped in <mark>. */
  function appendMarked(parent, text, ranges, from, to) {
    var at = from === undefined ? 0 : from;
    var end = to === undefined ? text.length : to;
    ranges.forEach(function (r) {
      var s = Math.max(r[0], at);
      var e = Math.min(r[1], end);
      if (e <= s) { return; }
      parent.appendChild(document.createTextNode(text.slice(at, s)));
      parent.appendChild(element("mark", "", text.slice(s, e)));
      at = e;
    });
    parent.appendChild(document.createTextNode(text.slice(at, end)));
  }

  function snippet(found) {
    var p = element("p", "result-snippet");
    var s = found.segment;
    var first = found.found[0];
    var label = s.seq ? "第" + s.seq + "项" + (KIND_LABELS[s.kind] ? KIND_LABELS[s.kind] : "")
      : KIND_LABELS[s.kind];
    if (label) { p.appendChild(element("span", "snippet-label", label + "：")); }
    var from = Math.max(0, first[0] - SNIPPET_CONTEXT);
    var to = Math.min(s.text.length, first[1] + SNIPPET_CONTEXT * 2);
    if (from > 0) { p.appendChild(document.createTextNode("…")); }
    appendMarked(p, s.text, found.found, from, to);
    if (to < s.text.length) { p.appendChild(document.createTextNode("…")); }
    return p;
  }

  function resultItem(d, base) {
    var li = element("li", "search-result");
    var h = element("h2", "result-title");
    var a = element("a");
    a.href = new URL(d.doc.path, base).href;
    appendMarked(a, d.doc.title, d.title);
    h.appendChild(a);
    li.appendChild(h);
    var meta = element("p", "result-meta");
    [["发布日期", d.doc.date, []], ["栏目", d.doc.column, []], ["索引号", d.doc.index, d.index],
      ["文号", d.doc.docNumber, d.docNumber]].forEach(function (f) {
      if (!f[1]) { return; }
      var span = element("span", "", f[0] + "：");
      appendMarked(span, f[1], f[2]);
      meta.appendChild(span);
    });
    li.appendChild(meta);
    var shown = d.title.length + d.index.length + d.docNumber.length;
    d.segments.forEach(function (s) { shown += s.found.length; });
    var more = d.hit.matches > shown;
    if (d.segments.length) {
      li.appendChild(snippet(d.segments[0]));
    }
    if (d.tasks.length) {
      var tasks = element("p", "result-tasks", "匹配的任务：");
      d.tasks.forEach(function (t, i) {
        if (i > 0) { tasks.appendChild(document.createTextNode("、")); }
        var link = element("a", "", "第" + t.seq + "项");
        link.href = new URL(d.doc.path + "#" + t.anchor, base).href;
        tasks.appendChild(link);
      });
      if (more) { tasks.appendChild(document.createTextNode(" 等")); }
      li.appendChild(tasks);
    }
    if (d.hit.matches > 1) {
      li.appendChild(element("p", "result-count", "本文共 " + d.hit.matches + " 处包含此内容"
        + (more ? "，请打开查看全部。" : "。")));
    }
    return li;
  }

  function pageUrl(params, page) {
    var p = new URLSearchParams(params);
    if (page > 1) { p.set("page", String(page)); } else { p.delete("page"); }
    return "?" + p.toString();
  }

  function pager(params, current, total) {
    var nav = element("nav", "pager search-pager");
    nav.setAttribute("aria-label", "搜索结果分页");
    var ul = element("ul");
    function add(label, page, rel, isCurrent) {
      var li = element("li");
      var a = element("a");
      a.href = pageUrl(params, page);
      if (rel) {
        a.rel = rel;
        a.textContent = label;
      } else {
        a.appendChild(element("span", "visually-hidden", "第"));
        a.appendChild(document.createTextNode(String(page)));
        a.appendChild(element("span", "visually-hidden", isCurrent ? "页（当前页）" : "页"));
      }
      if (isCurrent) { a.setAttribute("aria-current", "page"); }
      li.appendChild(a);
      ul.appendChild(li);
    }
    if (current > 1) { add("上一页", current - 1, "prev", false); }
    var first = Math.max(1, Math.min(current - 3, total - 6));
    for (var n = first; n <= Math.min(total, first + 6); n++) { add("", n, "", n === current); }
    if (current < total) { add("下一页", current + 1, "next", false); }
    nav.appendChild(ul);
    return nav;
  }

  function fillSelect(select, entries, label, chosen) {
    entries.forEach(function (e) {
      var option = element("option", "", label(e));
      option.value = String(e[0]);
      option.selected = String(e[0]) === chosen;
      select.appendChild(option);
    });
  }

  function scriptBase() {
    var script = document.currentScript;
    return new URL("../search/", script ? script.src : document.baseURI).href;
  }

  var engine = null;
  var indexBase = scriptBase();

  function show(status, text) {
    status.textContent = text;
  }

  function run() {
    var form = document.querySelector("form.search-form");
    var status = document.getElementById("search-status");
    var results = document.getElementById("search-results");
    if (!form || !status || !results) { return; }
    if (location.protocol === "file:") {
      show(status, "站内搜索需要通过网站服务器（HTTP 或 HTTPS）访问本页才能使用；直接打开本地文件时"
        + "浏览器不允许读取搜索索引。请把网站发布到服务器后再搜索，或在本地用任意静态文件服务器打开。");
      return;
    }
    var params = new URLSearchParams(location.search);
    var query = params.get("q") || "";
    var filters = {
      column: params.get("column") || "", year: params.get("year") || "",
      publisher: params.get("publisher") || ""
    };
    form.elements.q.value = query;
    engine = new Engine(indexBase);
    engine.load().then(function (m) {
      fillSelect(form.elements.column, m.columns, function (c) {
        return c[1] + "（" + c[2] + "）";
      }, filters.column);
      fillSelect(form.elements.year, m.years, function (y) {
        return y[0] + "年（" + y[1] + "）";
      }, filters.year);
      fillSelect(form.elements.publisher, m.publishers, function (p) {
        return p[0] + "（" + p[1] + "）";
      }, filters.publisher);
      form.querySelector(".search-filters").hidden = false;
      if (!query.trim()) { return null; }
      show(status, "正在搜索…");
      return engine.find(query, filters);
    }).then(function (found) {
      if (!found) { return; }
      if (found.tooShort) {
        show(status, "请输入至少两个字（汉字、字母或数字），例如单位名称、文号或一段原文。");
        return;
      }
      if (!found.total) {
        show(status, "没有找到包含“" + query.trim() + "”的信息。请检查输入的文字，或换一种说法、"
          + "减少字数、去掉筛选条件后再试。");
        return;
      }
      var pages = Math.ceil(found.total / PAGE_SIZE);
      var page = Math.min(pages, Math.max(1, parseInt(params.get("page"), 10) || 1));
      var shown = found.hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      return engine.describe(shown, found.text)
        .then(function (details) {
          var list = element("ol", "search-results-list");
          list.start = (page - 1) * PAGE_SIZE + 1;
          details.forEach(function (d) { list.appendChild(resultItem(d, indexBase + "../")); });
          results.textContent = "";
          results.appendChild(list);
          if (pages > 1) { results.appendChild(pager(params, page, pages)); }
          show(status, "找到 " + found.total + " 条包含“" + query.trim() + "”的信息"
            + (pages > 1 ? "，第 " + page + " 页，共 " + pages + " 页" : "") + "。");
          status.focus();
        });
    }).catch(function () {
      show(status, "搜索索引未能加载，暂时无法搜索。请稍后再试；如果一直如此，请告知网站管理员。");
    });
  }

  /* For tests and the benchmark: the engine of this page, and the normalisation. */
  window.GongkaiSearch = {
    normalize: normalize,
    engine: function () { return engine || (engine = new Engine(indexBase)); },
    newEngine: function () { return new Engine(indexBase); }
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
})();
