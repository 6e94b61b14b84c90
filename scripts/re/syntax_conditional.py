# Conditional patterns (?(group)yes|no).
import re


def show(pattern, string, flags=0):
    try:
        r = [m.group() for m in re.finditer(pattern, string, flags)]
    except Exception as e:
        print(repr(pattern), '->', type(e).__name__ + ':', e)
    else:
        print(repr(pattern), repr(string), '->', r)


show('(<)?\\w+(?(1)>)', '<a> b <c d>')
show('(<)?\\w+(?(1)>|!)', '<a> b! <c d!')
show('(?P<q>["\'])?\\w+(?(q)(?P=q))', '"a" b \'c\' "d\'')
show('(a)?(?(1)b|c)', 'ab c b ac')
show('(a)?(?(1)|c)', 'a c')
show('(?(1)a|b)(x)', 'bx ax')
show('(a)|(?(1)x|y)', 'ay')
show('(?:(a)|b)(?(1)x|y)', 'ax by ay bx')
show('(?:(a)|b)*(?(1)x|y)', 'abx bay')
show('(a)(?(1)(?(1)b))', 'ab')
show('(?P<n>a)?(?(n)b|c)', 'ab c')
show('(a)(?(01)b)', 'ab')
show('(a)(?(+1)b)', 'ab')
show('(a)(?( 1)b)', 'ab')
show('(a)(?(1_0)b)', 'ab')
show('(a)(?(\u0661)b)', 'ab')
show('(?(0)a)', '')
show('(?(-1)a)', '')
show('(?(1)a|b|c)', '')
show('(?(a)b)', '')
show('(?(1a)b)', '')
show('(?(1)a)', '')
show('(?(2)a)(b)', '')
show('(?(1073741823)a)', '')
show('(?(99999999999999999999)a)', '')
show('(?()a)', '')
show('(?(1', '')
show('(?(1)a', '')
show('(?(', '')
show('(a)(?<=(?(1)a|b))', 'a')
show('(?<=(?(1)a|bc))', '')
