# try ... except* (PEP 654): CheckEgMatch splits the group per clause, exceptions escaping a
# clause body are collected in a list, PrepReraiseStar decides what leaves.
try:
    f()
except* ValueError as e:
    g(e)
except* (TypeError, KeyError):
    h()
else:
    k()
finally:
    done()
