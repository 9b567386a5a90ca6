import sys, m, pkg.sub
print(sys.pycache_prefix.replace(__import__('os').getcwd(), 'CWD'))
print(m.__cached__.replace(__import__('os').getcwd(), 'CWD').replace(sys.implementation.cache_tag, 'TAG'))
