#!/usr/bin/env python3
# Checks that every relative link in README.md and docs/*.md points to an existing file and, for #anchors,
# to an existing heading (GitHub-style slugs). Usage: python3 tools/check-doc-links.py [repository root]
import re, os, sys, glob
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
files = [os.path.join(root,'README.md')] + sorted(glob.glob(os.path.join(root,'docs','*.md')))
def strip_code(text):
    out=[]; fence=False
    for l in text.split('\n'):
        if l.lstrip().startswith('```'): fence = not fence; out.append(''); continue
        out.append('' if fence else l)
    return out
def slug(h):
    h = h.strip().lower()
    h = re.sub(r'[^\w\- ]', '', h)   # keeps letters, digits, _, -, space
    return h.replace(' ', '-')
def anchors(path):
    seen={}; res=set()
    for l in strip_code(open(path).read()):
        m = re.match(r'^(#{1,6})\s+(.*?)\s*#*\s*$', l)
        if m:
            s = slug(m.group(2)); n = seen.get(s,0)
            res.add(s if n==0 else f'{s}-{n}'); seen[s]=n+1
    return res
bad=0; count=0
for f in files:
    for i,l in enumerate(strip_code(open(f).read()),1):
        l2 = re.sub(r'`[^`]*`', '', l)
        for m in re.finditer(r'!?\[[^\]]*\]\(([^)\s]+)\)', l2):
            t = m.group(1); count+=1
            if re.match(r'^[a-z]+://', t) or t.startswith('mailto:'): continue
            p, _, a = t.partition('#')
            tgt = os.path.normpath(os.path.join(os.path.dirname(f), p)) if p else f
            if not os.path.exists(tgt):
                print(f'{f}:{i}: missing file {t}'); bad+=1; continue
            if a and tgt.endswith('.md') and a not in anchors(tgt):
                print(f'{f}:{i}: missing anchor {t}'); bad+=1
print(f'{count} links checked, {bad} broken')
sys.exit(1 if bad else 0)
