/** Unit tests read Lede's words in English, from the catalogue the extension ships. */
import { useCatalogue } from '../../src/shared/i18n';
import { catalogue } from '../helpers/catalogue';

useCatalogue(catalogue('en'));
