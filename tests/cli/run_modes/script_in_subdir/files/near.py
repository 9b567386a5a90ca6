print('the cwd is not on sys.path for a script')
