import = 'os'
