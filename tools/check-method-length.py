import re,sys,glob
# heuristic: a line that looks like a method/constructor declaration ending with '{', then brace-match
decl=re.compile(r'^\s*(?:(?:public|private|protected|static|final|synchronized|default|abstract|native)\s+)*(?:<[^>]+>\s+)?[\w\[\]<>,.? ]+\s+(\w+)\s*\([^;{]*\)\s*(?:throws [\w., ]+)?\s*\{\s*$|^\s*(?:(?:public|private|protected)\s+)?([A-Z]\w*)\s*\([^;{]*\)\s*(?:throws [\w., ]+)?\s*\{\s*$')
limit=int(sys.argv[1]) if len(sys.argv)>1 else 60
out=[]
for f in glob.glob('./*/src/main/java/**/*.java',recursive=True):
    lines=open(f).read().split('\n')
    i=0
    while i<len(lines):
        l=lines[i]
        m=decl.match(l)
        if m and not re.match(r'^\s*(if|for|while|switch|catch|else|try|do|return|new)\b',l.strip()) and ' class ' not in l and ' record ' not in l and ' enum ' not in l and ' interface ' not in l:
            depth=0; j=i
            started=False
            while j<len(lines):
                s=re.sub(r'"(\\.|[^"\\])*"','""',lines[j]); s=re.sub(r"'(\\.|[^'\\])'","''",s); s=s.split('//')[0]
                depth+=s.count('{')-s.count('}')
                if s.count('{'): started=True
                if started and depth<=0: break
                j+=1
            n=j-i+1
            if n>limit: out.append((n,f.replace('./',''),i+1,(m.group(1) or m.group(2))))
        i+=1
for n,f,l,name in sorted(out,reverse=True): print(n,f+':'+str(l),name)
