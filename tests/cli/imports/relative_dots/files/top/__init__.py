NAME = 'top'
