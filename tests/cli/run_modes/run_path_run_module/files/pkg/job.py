import sys
print('job runs as', __name__, sys.argv[0].replace(__import__('os').getcwd(), 'CWD'))
JOB = 1
