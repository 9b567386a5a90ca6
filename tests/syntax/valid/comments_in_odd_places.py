# leading comment
#!not a shebang here
def f(  # after open paren
        a,  # after a parameter
        # on its own line
        b):  # after the colon
    # first line of the body
    return (a  # inside parens
            +  # after an operator
            b)
    # after return, deeper than the next dedent

# between top-level statements
class C:  # trailing
    # comment before first statement
    x = 1
        # over-indented comment is fine
# under-indented comment inside class
    y = 2
if x:
    pass
# comment between if-body and else
else:
    pass
@dec  # after decorator
# between decorator and def
def g(): pass  # type: ignore
x = [  # open bracket
    1,
    # inside list
]
# final comment without code after it
