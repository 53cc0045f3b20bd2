'use strict';
/* The node panel and the credential dialog in n8n 2.41.1's editor (see lib/nodePanelSuite.js). */
const { nodePanelSuite } = require('./lib/nodePanelSuite');

nodePanelSuite('2.41.1');
