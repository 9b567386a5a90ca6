WHERE = 'script folder'
