import { createApp } from 'vue';
import ElementPlus from 'element-plus';
import nl from 'element-plus/es/locale/lang/nl';
import 'element-plus/dist/index.css';
import '../shared/kit.css';
import { installSubmitCounter } from '../shared/kitPage';
import App from './App.vue';

installSubmitCounter();
createApp(App).use(ElementPlus, { locale: nl }).mount('#app');
