import __main__
def who():
    return __main__.NAME
