raise ImportError('custom failure', name='custom_name', path='/custom/path')
