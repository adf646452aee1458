import os
import threading

from django.core.wsgi import get_wsgi_application

from loften.ingest.normalise import swedish_dictionary

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
application = get_wsgi_application()

# Search splits compounds with the Swedish Hunspell dictionary, which takes about four
# seconds to read: read it as the worker starts, so that no visitor's first search waits.
threading.Thread(target=swedish_dictionary, name="swedish-dictionary", daemon=True).start()
