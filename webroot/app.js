// Entry module: defining the shell pulls in every view it renders.
import './components/urbis-app.js';
