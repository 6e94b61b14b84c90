PART = 'namespace part'
