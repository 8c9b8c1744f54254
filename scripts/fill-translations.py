#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from JSON files {"Context": {"source": "translation"}}.

Used when engineers hand in translations next to their code (translations/pending/*.json) and
they are merged into translations/zhiqiao_zh_CN.ts after `cmake --build build --target
update_translations`. Prints what is still missing.
   scripts/fill-translations.py translations/zhiqiao_zh_CN.ts translations/pending/*.json
"""
import html
import json
import re
import sys


def main():
    ts_path, json_paths = sys.argv[1], sys.argv[2:]
    table = {}
    for path in json_paths:
        with open(path, encoding='utf-8') as f:
            for context, messages in json.load(f).items():
                table.setdefault(context, {}).update(messages)
    with open(ts_path, encoding='utf-8') as f:
        text = f.read()

    missing = []

    def fill_context(match):
        name = html.unescape(match.group(1))
        known = table.get(name, {})

        def fill_message(m):
            source = html.unescape(m.group(2))
            if source not in known:
                missing.append((name, source))
                return m.group(0)
            value = html.escape(known[source], quote=False).replace('"', '&quot;').replace("'", '&apos;')
            if m.group(1):  # numerus: Chinese has one form
                translation = '<translation>\n            <numerusform>%s</numerusform>\n        </translation>' % value
            else:
                translation = '<translation>%s</translation>' % value
            return m.group(0)[:m.start(3) - m.start(0)] + translation

        body = re.sub(r'<message( numerus="yes")?>\s*<source>([^<]*)</source>(?:(?!</message>).)*?'
                      r'(<translation type="unfinished">(?:(?!</translation>).)*</translation>)',
                      fill_message, match.group(2), flags=re.S)
        return match.group(0).replace(match.group(2), body)

    text = re.sub(r'<context>\s*<name>([^<]*)</name>(.*?)</context>', fill_context, text, flags=re.S)
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write(text)
    for context, source in missing:
        print('missing: %s | %s' % (context, source))
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
