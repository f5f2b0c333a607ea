# Builds pii-tune.jsonl / pii-test.jsonl from hand-written lines; {CARDn} and {IBANxx} are filled with valid numbers.
import json, hashlib, random, sys
rng = random.Random(14)
def luhn_digit(body):
    d=[int(c) for c in body][::-1]; t=0
    for i,x in enumerate(d):
        if i%2==0: x*=2; x-= 9 if x>9 else 0
        t+=x
    return str((10-t%10)%10)
def card(prefix, n):
    body = prefix + ''.join(str(rng.randrange(10)) for _ in range(n-1-len(prefix)))
    return body + luhn_digit(body)
def iban(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(c,36)) for c in s)
    chk = 98 - int(num) % 97
    return cc + '%02d' % chk + bban
def g4(s, sep=' '):
    return sep.join(s[i:i+4] for i in range(0,len(s),4))
lines = [l.rstrip('\n') for l in open(sys.argv[1]) if l.strip() and not l.startswith('#')]
rows=[]
for l in lines:
    types, kind, text = l.split(' | ', 2)
    while '{V16}' in text: text = text.replace('{V16}', card('4',16), 1)
    while '{V16S}' in text: text = text.replace('{V16S}', g4(card('4',16)), 1)
    while '{M16D}' in text: text = text.replace('{M16D}', g4(card('5'+str(rng.randrange(1,6)),16),'-'), 1)
    while '{M16S}' in text: text = text.replace('{M16S}', g4(card('5'+str(rng.randrange(1,6)),16)), 1)
    while '{A15}' in text:
        c = card('3'+rng.choice('47'),15); text = text.replace('{A15}', c[:4]+' '+c[4:10]+' '+c[10:], 1)
    while '{D16}' in text: text = text.replace('{D16}', g4(card('6011',16)), 1)
    while '{IBANDE}' in text: text = text.replace('{IBANDE}', g4(iban('DE', ''.join(str(rng.randrange(10)) for _ in range(18)))), 1)
    while '{IBANFR}' in text: text = text.replace('{IBANFR}', iban('FR', ''.join(str(rng.randrange(10)) for _ in range(23))), 1)
    while '{IBANNL}' in text: text = text.replace('{IBANNL}', g4(iban('NL', 'ABNA'+''.join(str(rng.randrange(10)) for _ in range(10)))), 1)
    t = [] if types == '-' else types.split(',')
    rows.append({'text': text, 'pii': t, 'kind': kind})
tune = open(sys.argv[2],'w'); test = open(sys.argv[3],'w')
for r in rows:
    h = hashlib.sha256(r['text'].encode('utf-8')).digest()[0]
    (tune if h % 2 == 0 else test).write(json.dumps(r, ensure_ascii=False) + '\n')
