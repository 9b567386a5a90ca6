this first line is skipped by -x !
print('second line runs')
raise KeyError('line numbers keep counting the skipped line')
