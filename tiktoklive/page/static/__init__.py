"""The reader page's files (HTML, CSS, JavaScript, pictures): package data the server reads and serves."""
