'use strict';
/* The node panel and the credential dialog in n8n 1.123.81's editor (see lib/nodePanelSuite.js). */
const { nodePanelSuite } = require('./lib/nodePanelSuite');

nodePanelSuite('1.123.81');
