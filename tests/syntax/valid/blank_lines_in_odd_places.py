

import os


def f():

    x = 1


    return x



class C:

    def m(self):

        pass

if x:

    pass

else:

    pass
d = {

    1: 2,

}


