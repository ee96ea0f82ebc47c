// The `/` page: its links work without scripts; with them, go straight to the reader's language.
import { redirectToPreferredLanguage } from './detect.ts';
import './styles.css';

redirectToPreferredLanguage(window.location);
