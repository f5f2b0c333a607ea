import re,sys,glob
# heuristic: a line that looks like a method/constructor declaration ending with '{', then brace-match.
# A declaration may span several lines (long parameter lists, a throws clause on its own line):
# lines that open a declaration without finishing it are joined with the following ones until
# the '{' (or a ';', which makes it no method body) is reached.
decl=re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|protected|static|final|synchronized|default|abstract|native)\s+)*(?:<[^>]+>\s+)?[\w\[\]<>,.? ]+\s+(\w+)\s*\([^;{]*\)\s*(?:throws [\w., ]+)?\s*\{\s*$|^\s*(?:(?:public|private|protected)\s+)?([A-Z]\w*)\s*\([^;{]*\)\s*(?:throws [\w., ]+)?\s*\{\s*$')
# the start of a declaration whose parameter list or throws clause goes on below
start=re.compile(r'^\s*(?:(?:public|private|protected|static|final|synchronized|default|abstract|native)\s+)*(?:<[^>]+>\s+)?(?:[\w\[\]<>,.? ]+\s+)?\w+\s*\([^;{}]*$')
keyword=re.compile(r'^\s*(?:(?:if|for|while|switch|catch|else|try|do|return|new|throw)\b|synchronized\s*\()')
MAX_JOIN=8
def strip(line):
    s=re.sub(r'"(\\.|[^"\\])*"','""',line); s=re.sub(r"'(\\.|[^'\\])'","''",s)
    return s.split('//')[0]
def header(lines,i):
    """The declaration starting at line i, joined over its lines, and the index of its last line."""
    l=lines[i]
    if decl.match(l) or not start.match(l) or keyword.match(l) or '=' in l: return l,i
    joined=l.rstrip(); j=i
    while j+1<len(lines) and j-i<MAX_JOIN:
        j+=1
        s=strip(lines[j]).strip()
        joined+=' '+s
        if '{' in s or ';' in s or '}' in s: break
    return joined,j
limit=int(sys.argv[1]) if len(sys.argv)>1 else 60
out=[]
for f in glob.glob('./*/src/main/java/**/*.java',recursive=True):
    lines=open(f).read().split('\n')
    i=0
    while i<len(lines):
        l,last=header(lines,i)
        m=decl.match(l)
        if m and not keyword.match(l) and not re.search(r'(^|\s)(class|record|enum|interface)\s',l):
            depth=0; j=last
            started=False
            while j<len(lines):
                s=strip(lines[j])
                depth+=s.count('{')-s.count('}')
                if s.count('{'): started=True
                if started and depth<=0: break
                j+=1
            n=j-i+1
            if n>limit: out.append((n,f.replace('./',''),i+1,(m.group(1) or m.group(2))))
        i+=1
for n,f,l,name in sorted(out,reverse=True): print(n,f+':'+str(l),name)
