#!/usr/bin/env python3
"""Fills unfinished translations in Qt .ts files.

  tools/ts_fill.py TARGET.ts [--from OTHER.ts ...] [--tsv FILE.tsv ...] [--english]

--from: take the translation of the same (context, source) from other .ts files (merging
        catalogues of parallel branches after lupdate).
--tsv:  lines "context<TAB>source<TAB>translation" (\\n escapes allowed); for a %n message
        the translation is the one form Chinese needs.
--english: for the en catalogue: every unfinished message gets its source text, and %n
        messages get "singular|plural" forms made from "(s)".
Prints what is still unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def key(ctx, msg):
    return (ctx, msg.findtext('source'))


def load(path):
    tree = ET.parse(path)
    out = {}
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr is None or tr.get('type') in ('unfinished', 'obsolete', 'vanished'):
                continue
            forms = [f.text or '' for f in tr.findall('numerusform')]
            out[key(name, msg)] = forms if forms else (tr.text or '')
    return out


def main(argv):
    target = argv[0]
    known = {}
    english = False
    i = 1
    while i < len(argv):
        if argv[i] == '--from':
            for k, v in load(argv[i + 1]).items():
                known.setdefault(k, v)
            i += 2
        elif argv[i] == '--tsv':
            with open(argv[i + 1], encoding='utf-8') as f:
                for line in f:
                    line = line.rstrip('\n')
                    if not line or line.startswith('#'):
                        continue
                    ctx, src, tr = line.split('\t')
                    known[(ctx, src.replace('\\n', '\n'))] = tr.replace('\\n', '\n')
            i += 2
        elif argv[i] == '--english':
            english = True
            i += 1
        else:
            sys.exit('unknown argument ' + argv[i])
    tree = ET.parse(target)
    left = []
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr is None or tr.get('type') != 'unfinished':
                continue
            src = msg.findtext('source')
            numerus = msg.get('numerus') == 'yes'
            value = known.get((name, src))
            if value is None and english:
                value = [src.replace('(s)', ''), src.replace('(s)', 's')] if numerus else src
            if value is None:
                left.append((name, src))
                continue
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if numerus:
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ET.SubElement(tr, 'numerusform').text = form
            else:
                tr.text = value[0] if isinstance(value, list) else value
            del tr.attrib['type']
    tree.write(target, encoding='utf-8', xml_declaration=True)
    for name, src in left:
        print('unfinished: %s\t%s' % (name, src.replace('\n', '\\n')))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
