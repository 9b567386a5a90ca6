'''m doc'''
def g():
    '''g doc'''
def check():
    try:
        assert 1 == 2
        return "m: assert skipped"
    except AssertionError:
        return "m: assert ran"
